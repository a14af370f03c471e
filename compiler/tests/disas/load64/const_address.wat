;; A constant address in a 64-bit memory is checked like any other: it is
;; materialised in a register first.
;; Finding: the end (0x40 + 4 + 4) is known here; comparing the length with it as an
;; immediate would save the add and the carry test.

(module
  (memory i64 1)
  (func (export "f") (result i32)
    (i32.load offset=4 (i64.const 64))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004C
;;     1e: mov     eax,0x40
;;     24: add     rax,8
;;     28: jb      0x000000000000009F
;;     2e: mov     r11,[r14+0x18]
;;     33: cmp     rax,[r11+8]
;;     38: ja      0x000000000000009F
;;     3e: mov     r11,[r14+0x10]
;;     43: mov     eax,[r11+rax-4]
;;     48: leave
;;     49: ret     8
;;     4c: cmp     dword ptr [r11+0x14],0
;;     55: jne     0x000000000000006B
;;     5b: cmp     rax,[r11+0x38]
;;     60: jb      0x0000000000000085
;;     66: jmp     0x000000000000001E
;;     6b: mov     r11,[r14]
;;     70: mov     qword ptr [r11+0x18],0x23
;;     79: mov     eax,0xA
;;     7f: mov     rsp,[r11+8]
;;     84: ret
;;     85: mov     r11,[r14]
;;     8a: mov     qword ptr [r11+0x18],0x23
;;     93: mov     eax,9
;;     99: mov     rsp,[r11+8]
;;     9e: ret
;;     9f: mov     r11,[r14]
;;     a4: mov     qword ptr [r11+0x18],0x27
;;     ad: mov     eax,5
;;     b3: mov     rsp,[r11+8]
;;     b8: ret
