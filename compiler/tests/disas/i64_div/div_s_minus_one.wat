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
;;     18: jb      0x0000000000000058
;;     1e: mov     rax,0xFFFFFFFFFFFFFFFF
;;     25: mov     rcx,rax
;;     28: mov     rax,[rbp+0x10]
;;     2d: test    rcx,rcx
;;     30: je      0x00000000000000AB
;;     36: cmp     rcx,0xFFFFFFFFFFFFFFFF
;;     3d: jne     0x0000000000000051
;;     43: neg     rax
;;     46: jo      0x00000000000000C5
;;     4c: jmp     0x0000000000000056
;;     51: cqo
;;     53: idiv    rcx
;;     56: leave
;;     57: ret
;;     58: cmp     dword ptr [r11+0x14],0
;;     61: jne     0x0000000000000077
;;     67: cmp     rax,[r11+0x38]
;;     6c: jb      0x0000000000000091
;;     72: jmp     0x000000000000001E
;;     77: mov     r11,[r14]
;;     7c: mov     qword ptr [r11+0x18],0x1F
;;     85: mov     eax,0xA
;;     8b: mov     rsp,[r11+8]
;;     90: ret
;;     91: mov     r11,[r14]
;;     96: mov     qword ptr [r11+0x18],0x1F
;;     9f: mov     eax,9
;;     a5: mov     rsp,[r11+8]
;;     aa: ret
;;     ab: mov     r11,[r14]
;;     b0: mov     qword ptr [r11+0x18],0x24
;;     b9: mov     eax,2
;;     bf: mov     rsp,[r11+8]
;;     c4: ret
;;     c5: mov     r11,[r14]
;;     ca: mov     qword ptr [r11+0x18],0x24
;;     d3: mov     eax,3
;;     d9: mov     rsp,[r11+8]
;;     de: ret
