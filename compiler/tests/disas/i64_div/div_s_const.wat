;; Signed division by 7: a divide without the zero and overflow checks.
;; Finding: the divisor is first loaded into `rax` and then moved to `rcx` (`mov
;; rcx,rax`); loading it straight into `rcx` would save the move.

(module
  (func (export "f") (param $a i64) (result i64)
    (i64.div_s (local.get $a) (i64.const 7))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000035
;;     1e: mov     eax,7
;;     24: mov     rcx,rax
;;     27: mov     rax,[rbp+0x10]
;;     2c: cqo
;;     2e: idiv    rcx
;;     31: leave
;;     32: ret     8
;;     35: cmp     dword ptr [r11+0x14],0
;;     3e: jne     0x0000000000000054
;;     44: cmp     rax,[r11+0x38]
;;     49: jb      0x000000000000006E
;;     4f: jmp     0x000000000000001E
;;     54: mov     r11,[r14]
;;     59: mov     qword ptr [r11+0x18],0x1F
;;     62: mov     eax,0xA
;;     68: mov     rsp,[r11+8]
;;     6d: ret
;;     6e: mov     r11,[r14]
;;     73: mov     qword ptr [r11+0x18],0x1F
;;     7c: mov     eax,9
;;     82: mov     rsp,[r11+8]
;;     87: ret
