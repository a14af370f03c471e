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
;;     18: jb      0x000000000000003E
;;     1e: mov     rax,[rbp+0x10]
;;     23: mov     rcx,rax
;;     26: mov     rax,[rbp+0x18]
;;     2b: test    rcx,rcx
;;     2e: je      0x0000000000000091
;;     34: xor     edx,edx
;;     36: div     rcx
;;     39: mov     rax,rdx
;;     3c: leave
;;     3d: ret
;;     3e: cmp     dword ptr [r11+0x14],0
;;     47: jne     0x000000000000005D
;;     4d: cmp     rax,[r11+0x38]
;;     52: jb      0x0000000000000077
;;     58: jmp     0x000000000000001E
;;     5d: mov     r11,[r14]
;;     62: mov     qword ptr [r11+0x18],0x20
;;     6b: mov     eax,0xA
;;     71: mov     rsp,[r11+8]
;;     76: ret
;;     77: mov     r11,[r14]
;;     7c: mov     qword ptr [r11+0x18],0x20
;;     85: mov     eax,9
;;     8b: mov     rsp,[r11+8]
;;     90: ret
;;     91: mov     r11,[r14]
;;     96: mov     qword ptr [r11+0x18],0x25
;;     9f: mov     eax,2
;;     a5: mov     rsp,[r11+8]
;;     aa: ret
