;; `i64.sub128` with a constant right-hand side, one half too big for an immediate.

(module
  (func (export "f") (param i64 i64) (result i64 i64)
    (i64.sub128 (local.get 0) (local.get 1) (i64.const 0x100000000) (i64.const -1))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000053
;;     1e: mov     rax,0x100000000
;;     28: mov     rcx,[rbp+0x10]
;;     2d: mov     rdx,[rbp+0x18]
;;     32: sub     rdx,rax
;;     35: sbb     rcx,0xFFFFFFFFFFFFFFFF
;;     39: push    rdx
;;     3b: push    rcx
;;     3d: mov     r11,[rbp-0x10]
;;     42: mov     [rbp+0x18],r11
;;     47: mov     r11,[rbp-0x18]
;;     4c: mov     [rbp+0x10],r11
;;     51: leave
;;     52: ret
;;     53: cmp     dword ptr [r11+0x14],0
;;     5c: jne     0x0000000000000072
;;     62: cmp     rax,[r11+0x38]
;;     67: jb      0x000000000000008C
;;     6d: jmp     0x000000000000001E
;;     72: mov     r11,[r14]
;;     77: mov     qword ptr [r11+0x18],0x21
;;     80: mov     eax,0xA
;;     86: mov     rsp,[r11+8]
;;     8b: ret
;;     8c: mov     r11,[r14]
;;     91: mov     qword ptr [r11+0x18],0x21
;;     9a: mov     eax,9
;;     a0: mov     rsp,[r11+8]
;;     a5: ret
