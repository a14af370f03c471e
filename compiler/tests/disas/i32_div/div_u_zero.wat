;; Division by a constant 0 keeps the zero check.
;; Finding: the divisor is first loaded into `rax` and then moved to `rcx` (`mov
;; rcx,rax`); loading it straight into `rcx` would save the move.

(module
  (func (export "f") (param $a i32) (result i32)
    (i32.div_u (local.get $a) (i32.const 0))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003E
;;     1e: mov     eax,0
;;     24: mov     rcx,rax
;;     27: mov     eax,[rbp+0x10]
;;     2c: test    ecx,ecx
;;     2f: je      0x0000000000000091
;;     35: xor     edx,edx
;;     37: div     ecx
;;     3a: leave
;;     3b: ret     8
;;     3e: cmp     dword ptr [r11+0x14],0
;;     47: jne     0x000000000000005D
;;     4d: cmp     rax,[r11+0x38]
;;     52: jb      0x0000000000000077
;;     58: jmp     0x000000000000001E
;;     5d: mov     r11,[r14]
;;     62: mov     qword ptr [r11+0x18],0x1F
;;     6b: mov     eax,0xA
;;     71: mov     rsp,[r11+8]
;;     76: ret
;;     77: mov     r11,[r14]
;;     7c: mov     qword ptr [r11+0x18],0x1F
;;     85: mov     eax,9
;;     8b: mov     rsp,[r11+8]
;;     90: ret
;;     91: mov     r11,[r14]
;;     96: mov     qword ptr [r11+0x18],0x24
;;     9f: mov     eax,2
;;     a5: mov     rsp,[r11+8]
;;     aa: ret
