;; `i64.add128` with a constant right-hand side: small halves fold into immediates.

(module
  (func (export "f") (param i64 i64) (result i64 i64)
    (i64.add128 (local.get 0) (local.get 1) (i64.const 1) (i64.const 0))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004A
;;     1e: mov     rax,[rbp+0x10]
;;     23: mov     rcx,[rbp+0x18]
;;     28: add     rcx,1
;;     2c: adc     rax,0
;;     30: push    rcx
;;     32: push    rax
;;     34: mov     r11,[rbp-0x10]
;;     39: mov     [rbp+0x18],r11
;;     3e: mov     r11,[rbp-0x18]
;;     43: mov     [rbp+0x10],r11
;;     48: leave
;;     49: ret
;;     4a: cmp     dword ptr [r11+0x14],0
;;     53: jne     0x0000000000000069
;;     59: cmp     rax,[r11+0x38]
;;     5e: jb      0x0000000000000083
;;     64: jmp     0x000000000000001E
;;     69: mov     r11,[r14]
;;     6e: mov     qword ptr [r11+0x18],0x21
;;     77: mov     eax,0xA
;;     7d: mov     rsp,[r11+8]
;;     82: ret
;;     83: mov     r11,[r14]
;;     88: mov     qword ptr [r11+0x18],0x21
;;     91: mov     eax,9
;;     97: mov     rsp,[r11+8]
;;     9c: ret
