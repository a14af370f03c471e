;; A `br_if` carrying a value: moved to the label's place before the jump.
;; Finding: the branch is a `je` over a `jmp` although nothing has to move on the taken
;; edge; one `jne` would do.

(module
  (func (export "f") (param $a i32) (param $c i32) (result i32)
    (block $out (result i32)
      (drop (br_if $out (i32.mul (local.get $a) (i32.const 3)) (local.get $c)))
      (i32.const 0))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000044
;;     1e: imul    eax,[rbp+0x18],3
;;     27: mov     ecx,[rbp+0x10]
;;     2c: test    ecx,ecx
;;     2f: je      0x000000000000003A
;;     35: jmp     0x0000000000000040
;;     3a: mov     eax,0
;;     40: leave
;;     41: ret     0x10
;;     44: cmp     dword ptr [r11+0x14],0
;;     4d: jne     0x0000000000000063
;;     53: cmp     rax,[r11+0x38]
;;     58: jb      0x000000000000007D
;;     5e: jmp     0x000000000000001E
;;     63: mov     r11,[r14]
;;     68: mov     qword ptr [r11+0x18],0x20
;;     71: mov     eax,0xA
;;     77: mov     rsp,[r11+8]
;;     7c: ret
;;     7d: mov     r11,[r14]
;;     82: mov     qword ptr [r11+0x18],0x20
;;     8b: mov     eax,9
;;     91: mov     rsp,[r11+8]
;;     96: ret
