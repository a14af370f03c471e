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
;;     18: jb      0x000000000000004A
;;     1e: mov     eax,0x40
;;     24: add     rax,8
;;     28: jb      0x000000000000009D
;;     2e: mov     r11,[r14+0x18]
;;     33: cmp     rax,[r11+8]
;;     38: ja      0x000000000000009D
;;     3e: mov     r11,[r14+0x10]
;;     43: mov     eax,[r11+rax-4]
;;     48: leave
;;     49: ret
;;     4a: cmp     dword ptr [r11+0x14],0
;;     53: jne     0x0000000000000069
;;     59: cmp     rax,[r11+0x38]
;;     5e: jb      0x0000000000000083
;;     64: jmp     0x000000000000001E
;;     69: mov     r11,[r14]
;;     6e: mov     qword ptr [r11+0x18],0x23
;;     77: mov     eax,0xA
;;     7d: mov     rsp,[r11+8]
;;     82: ret
;;     83: mov     r11,[r14]
;;     88: mov     qword ptr [r11+0x18],0x23
;;     91: mov     eax,9
;;     97: mov     rsp,[r11+8]
;;     9c: ret
;;     9d: mov     r11,[r14]
;;     a2: mov     qword ptr [r11+0x18],0x27
;;     ab: mov     eax,5
;;     b1: mov     rsp,[r11+8]
;;     b6: ret
