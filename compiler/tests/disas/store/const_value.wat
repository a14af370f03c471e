;; Constants of every width are stored as immediates; a wide i64 goes through a register.

(module
  (memory 1)
  (func (export "f") (param $p i32)
    (i32.store8 (local.get $p) (i32.const 0x1ff))
    (i32.store16 (local.get $p) (i32.const -2))
    (i64.store (local.get $p) (i64.const -3))
    (i64.store (local.get $p) (i64.const 0x7fff_ffff_ffff))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x50]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000059
;;     1e: push    rbx
;;     20: mov     r10d,[rbp+0x10]
;;     25: mov     rbx,[r14+0x10]
;;     2a: mov     byte ptr [rbx+r10],0xFF
;;     30: mov     word ptr [rbx+r10],0xFFFE
;;     38: mov     qword ptr [rbx+r10],0xFFFFFFFFFFFFFFFD
;;     41: mov     rax,0x7FFFFFFFFFFF
;;     4b: mov     [rbx+r10],rax
;;     50: mov     rbx,[rbp-0x10]
;;     55: leave
;;     56: ret     8
;;     59: cmp     dword ptr [r11+0x14],0
;;     62: jne     0x0000000000000078
;;     68: cmp     rax,[r11+0x38]
;;     6d: jb      0x0000000000000092
;;     73: jmp     0x000000000000001E
;;     78: mov     r11,[r14]
;;     7d: mov     qword ptr [r11+0x18],0x23
;;     86: mov     eax,0xA
;;     8c: mov     rsp,[r11+8]
;;     91: ret
;;     92: mov     r11,[r14]
;;     97: mov     qword ptr [r11+0x18],0x23
;;     a0: mov     eax,9
;;     a6: mov     rsp,[r11+8]
;;     ab: ret
