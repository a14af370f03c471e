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
;;     18: jb      0x0000000000000042
;;     1e: imul    eax,[rbp+0x18],3
;;     27: mov     ecx,[rbp+0x10]
;;     2c: test    ecx,ecx
;;     2f: je      0x000000000000003A
;;     35: jmp     0x0000000000000040
;;     3a: mov     eax,0
;;     40: leave
;;     41: ret
;;     42: cmp     dword ptr [r11+0x14],0
;;     4b: jne     0x0000000000000061
;;     51: cmp     rax,[r11+0x38]
;;     56: jb      0x000000000000007B
;;     5c: jmp     0x000000000000001E
;;     61: mov     r11,[r14]
;;     66: mov     qword ptr [r11+0x18],0x20
;;     6f: mov     eax,0xA
;;     75: mov     rsp,[r11+8]
;;     7a: ret
;;     7b: mov     r11,[r14]
;;     80: mov     qword ptr [r11+0x18],0x20
;;     89: mov     eax,9
;;     8f: mov     rsp,[r11+8]
;;     94: ret
