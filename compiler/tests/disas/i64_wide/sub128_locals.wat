;; `i64.sub128` of locals: `sub` then `sbb`.

(module
  (func (export "f") (param i64 i64 i64 i64) (result i64 i64)
    (i64.sub128 (local.get 0) (local.get 1) (local.get 2) (local.get 3))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000054
;;     1e: mov     rax,[rbp+0x10]
;;     23: mov     rcx,[rbp+0x18]
;;     28: mov     rdx,[rbp+0x20]
;;     2d: mov     rsi,[rbp+0x28]
;;     32: sub     rsi,rcx
;;     35: sbb     rdx,rax
;;     38: push    rsi
;;     3a: push    rdx
;;     3c: mov     r11,[rbp-0x10]
;;     41: mov     [rbp+0x28],r11
;;     46: mov     r11,[rbp-0x18]
;;     4b: mov     [rbp+0x20],r11
;;     50: leave
;;     51: ret     0x10
;;     54: cmp     dword ptr [r11+0x14],0
;;     5d: jne     0x0000000000000073
;;     63: cmp     rax,[r11+0x38]
;;     68: jb      0x000000000000008D
;;     6e: jmp     0x000000000000001E
;;     73: mov     r11,[r14]
;;     78: mov     qword ptr [r11+0x18],0x23
;;     81: mov     eax,0xA
;;     87: mov     rsp,[r11+8]
;;     8c: ret
;;     8d: mov     r11,[r14]
;;     92: mov     qword ptr [r11+0x18],0x23
;;     9b: mov     eax,9
;;     a1: mov     rsp,[r11+8]
;;     a6: ret
