;; `rem_u` of two locals: zero check, then the divide.
;; Finding: the divisor is first loaded into `rax` and then moved to `rcx` (`mov
;; rcx,rax`); loading it straight into `rcx` would save the move.

(module
  (func (export "f") (param $a i64) (param $b i64) (result i64)
    (i64.rem_u (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000040
;;     1e: mov     rax,[rbp+0x10]
;;     23: mov     rcx,rax
;;     26: mov     rax,[rbp+0x18]
;;     2b: test    rcx,rcx
;;     2e: je      0x0000000000000093
;;     34: xor     edx,edx
;;     36: div     rcx
;;     39: mov     rax,rdx
;;     3c: leave
;;     3d: ret     0x10
;;     40: cmp     dword ptr [r11+0x14],0
;;     49: jne     0x000000000000005F
;;     4f: cmp     rax,[r11+0x38]
;;     54: jb      0x0000000000000079
;;     5a: jmp     0x000000000000001E
;;     5f: mov     r11,[r14]
;;     64: mov     qword ptr [r11+0x18],0x20
;;     6d: mov     eax,0xA
;;     73: mov     rsp,[r11+8]
;;     78: ret
;;     79: mov     r11,[r14]
;;     7e: mov     qword ptr [r11+0x18],0x20
;;     87: mov     eax,9
;;     8d: mov     rsp,[r11+8]
;;     92: ret
;;     93: mov     r11,[r14]
;;     98: mov     qword ptr [r11+0x18],0x25
;;     a1: mov     eax,2
;;     a7: mov     rsp,[r11+8]
;;     ac: ret
