;; Signed division by -1 keeps the overflow trap.
;; Finding: the divisor is first loaded into `rax` and then moved to `rcx` (`mov
;; rcx,rax`); loading it straight into `rcx` would save the move.

(module
  (func (export "f") (param $a i64) (result i64)
    (i64.div_s (local.get $a) (i64.const -1))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005A
;;     1e: mov     rax,0xFFFFFFFFFFFFFFFF
;;     25: mov     rcx,rax
;;     28: mov     rax,[rbp+0x10]
;;     2d: test    rcx,rcx
;;     30: je      0x00000000000000AD
;;     36: cmp     rcx,0xFFFFFFFFFFFFFFFF
;;     3d: jne     0x0000000000000051
;;     43: neg     rax
;;     46: jo      0x00000000000000C7
;;     4c: jmp     0x0000000000000056
;;     51: cqo
;;     53: idiv    rcx
;;     56: leave
;;     57: ret     8
;;     5a: cmp     dword ptr [r11+0x14],0
;;     63: jne     0x0000000000000079
;;     69: cmp     rax,[r11+0x38]
;;     6e: jb      0x0000000000000093
;;     74: jmp     0x000000000000001E
;;     79: mov     r11,[r14]
;;     7e: mov     qword ptr [r11+0x18],0x1F
;;     87: mov     eax,0xA
;;     8d: mov     rsp,[r11+8]
;;     92: ret
;;     93: mov     r11,[r14]
;;     98: mov     qword ptr [r11+0x18],0x1F
;;     a1: mov     eax,9
;;     a7: mov     rsp,[r11+8]
;;     ac: ret
;;     ad: mov     r11,[r14]
;;     b2: mov     qword ptr [r11+0x18],0x24
;;     bb: mov     eax,2
;;     c1: mov     rsp,[r11+8]
;;     c6: ret
;;     c7: mov     r11,[r14]
;;     cc: mov     qword ptr [r11+0x18],0x24
;;     d5: mov     eax,3
;;     db: mov     rsp,[r11+8]
;;     e0: ret
