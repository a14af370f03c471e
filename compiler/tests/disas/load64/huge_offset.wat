;; An offset that does not fit 32 bits is added from the scratch register; the
;; carry still traps.

(module
  (memory i64 1)
  (func (export "f") (param $a i64) (result i64)
    (i64.load offset=0x1_0000_0000 (local.get $a))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000054
;;     1e: mov     rax,[rbp+0x10]
;;     23: mov     r11,0x100000008
;;     2d: add     rax,r11
;;     30: jb      0x00000000000000A7
;;     36: mov     r11,[r14+0x18]
;;     3b: cmp     rax,[r11+8]
;;     40: ja      0x00000000000000A7
;;     46: mov     r11,[r14+0x10]
;;     4b: mov     rax,[r11+rax-8]
;;     50: leave
;;     51: ret     8
;;     54: cmp     dword ptr [r11+0x14],0
;;     5d: jne     0x0000000000000073
;;     63: cmp     rax,[r11+0x38]
;;     68: jb      0x000000000000008D
;;     6e: jmp     0x000000000000001E
;;     73: mov     r11,[r14]
;;     78: mov     qword ptr [r11+0x18],0x24
;;     81: mov     eax,0xA
;;     87: mov     rsp,[r11+8]
;;     8c: ret
;;     8d: mov     r11,[r14]
;;     92: mov     qword ptr [r11+0x18],0x24
;;     9b: mov     eax,9
;;     a1: mov     rsp,[r11+8]
;;     a6: ret
;;     a7: mov     r11,[r14]
;;     ac: mov     qword ptr [r11+0x18],0x27
;;     b5: mov     eax,5
;;     bb: mov     rsp,[r11+8]
;;     c0: ret
