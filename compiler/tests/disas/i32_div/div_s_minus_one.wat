;; Signed division by -1 keeps the overflow trap.
;; Finding: the divisor is first loaded into `rax` and then moved to `rcx` (`mov
;; rcx,rax`); loading it straight into `rcx` would save the move.

(module
  (func (export "f") (param $a i32) (result i32)
    (i32.div_s (local.get $a) (i32.const -1))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000058
;;     1e: mov     eax,0xFFFFFFFF
;;     24: mov     rcx,rax
;;     27: mov     eax,[rbp+0x10]
;;     2c: test    ecx,ecx
;;     2f: je      0x00000000000000AB
;;     35: cmp     ecx,0xFFFFFFFF
;;     3c: jne     0x0000000000000050
;;     42: neg     eax
;;     45: jo      0x00000000000000C5
;;     4b: jmp     0x0000000000000054
;;     50: cdq
;;     51: idiv    ecx
;;     54: leave
;;     55: ret     8
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
