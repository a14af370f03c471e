;; `i64.mul_wide_s` of locals: one-operand `imul`, the product in rdx:rax.

(module
  (func (export "f") (param i64 i64) (result i64 i64)
    (i64.mul_wide_s (local.get 0) (local.get 1))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000045
;;     1e: mov     rcx,[rbp+0x10]
;;     23: mov     rax,[rbp+0x18]
;;     28: imul    rcx
;;     2b: push    rax
;;     2d: push    rdx
;;     2f: mov     r11,[rbp-0x10]
;;     34: mov     [rbp+0x18],r11
;;     39: mov     r11,[rbp-0x18]
;;     3e: mov     [rbp+0x10],r11
;;     43: leave
;;     44: ret
;;     45: cmp     dword ptr [r11+0x14],0
;;     4e: jne     0x0000000000000064
;;     54: cmp     rax,[r11+0x38]
;;     59: jb      0x000000000000007E
;;     5f: jmp     0x000000000000001E
;;     64: mov     r11,[r14]
;;     69: mov     qword ptr [r11+0x18],0x21
;;     72: mov     eax,0xA
;;     78: mov     rsp,[r11+8]
;;     7d: ret
;;     7e: mov     r11,[r14]
;;     83: mov     qword ptr [r11+0x18],0x21
;;     8c: mov     eax,9
;;     92: mov     rsp,[r11+8]
;;     97: ret
