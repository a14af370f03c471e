;; An `if` without `else`.
;; Finding: the `then` arm ends with a `jmp` to the very next instruction (the empty
;; `else`).

(module
  (func (export "f") (param $c i32) (result i32) (local $x i32)
    (if (local.get $c) (then (local.set $x (i32.const 4))))
    (local.get $x)))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x50]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000046
;;     1e: xor     eax,eax
;;     20: push    rax
;;     21: mov     eax,[rbp+0x10]
;;     26: test    eax,eax
;;     29: je      0x000000000000003D
;;     2f: mov     qword ptr [rbp-0x10],4
;;     38: jmp     0x000000000000003D
;;     3d: mov     eax,[rbp-0x10]
;;     42: leave
;;     43: ret     8
;;     46: cmp     dword ptr [r11+0x14],0
;;     4f: jne     0x0000000000000065
;;     55: cmp     rax,[r11+0x38]
;;     5a: jb      0x000000000000007F
;;     60: jmp     0x000000000000001E
;;     65: mov     r11,[r14]
;;     6a: mov     qword ptr [r11+0x18],0x1F
;;     73: mov     eax,0xA
;;     79: mov     rsp,[r11+8]
;;     7e: ret
;;     7f: mov     r11,[r14]
;;     84: mov     qword ptr [r11+0x18],0x1F
;;     8d: mov     eax,9
;;     93: mov     rsp,[r11+8]
;;     98: ret
