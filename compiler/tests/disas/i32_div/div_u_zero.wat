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
;;     18: jb      0x000000000000003C
;;     1e: mov     eax,0
;;     24: mov     rcx,rax
;;     27: mov     eax,[rbp+0x10]
;;     2c: test    ecx,ecx
;;     2f: je      0x000000000000008F
;;     35: xor     edx,edx
;;     37: div     ecx
;;     3a: leave
;;     3b: ret
;;     3c: cmp     dword ptr [r11+0x14],0
;;     45: jne     0x000000000000005B
;;     4b: cmp     rax,[r11+0x38]
;;     50: jb      0x0000000000000075
;;     56: jmp     0x000000000000001E
;;     5b: mov     r11,[r14]
;;     60: mov     qword ptr [r11+0x18],0x1F
;;     69: mov     eax,0xA
;;     6f: mov     rsp,[r11+8]
;;     74: ret
;;     75: mov     r11,[r14]
;;     7a: mov     qword ptr [r11+0x18],0x1F
;;     83: mov     eax,9
;;     89: mov     rsp,[r11+8]
;;     8e: ret
;;     8f: mov     r11,[r14]
;;     94: mov     qword ptr [r11+0x18],0x24
;;     9d: mov     eax,2
;;     a3: mov     rsp,[r11+8]
;;     a8: ret
