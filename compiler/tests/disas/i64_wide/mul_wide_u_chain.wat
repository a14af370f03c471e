;; A product's high half (in rdx) multiplied again: the operands move out of rdx:rax.

(module
  (func (export "f") (param i64 i64 i64) (result i64 i64 i64)
    (i64.mul_wide_u (local.get 0) (local.get 1))
    (i64.mul_wide_u (local.get 2))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x60]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000062
;;     1e: mov     rcx,[rbp+0x18]
;;     23: mov     rax,[rbp+0x20]
;;     28: mul     rcx
;;     2b: mov     rcx,rdx
;;     2e: mov     rsi,rax
;;     31: mov     rdi,[rbp+0x10]
;;     36: mov     rax,rcx
;;     39: mul     rdi
;;     3c: push    rsi
;;     3e: push    rax
;;     40: push    rdx
;;     42: mov     r11,[rbp-0x10]
;;     47: mov     [rbp+0x20],r11
;;     4c: mov     r11,[rbp-0x18]
;;     51: mov     [rbp+0x18],r11
;;     56: mov     r11,[rbp-0x20]
;;     5b: mov     [rbp+0x10],r11
;;     60: leave
;;     61: ret
;;     62: cmp     dword ptr [r11+0x14],0
;;     6b: jne     0x0000000000000081
;;     71: cmp     rax,[r11+0x38]
;;     76: jb      0x000000000000009B
;;     7c: jmp     0x000000000000001E
;;     81: mov     r11,[r14]
;;     86: mov     qword ptr [r11+0x18],0x23
;;     8f: mov     eax,0xA
;;     95: mov     rsp,[r11+8]
;;     9a: ret
;;     9b: mov     r11,[r14]
;;     a0: mov     qword ptr [r11+0x18],0x23
;;     a9: mov     eax,9
;;     af: mov     rsp,[r11+8]
;;     b4: ret
