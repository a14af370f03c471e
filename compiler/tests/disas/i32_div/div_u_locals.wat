;; `div_u` of two locals: zero check, then the divide.
;; Finding: the divisor is first loaded into `rax` and then moved to `rcx` (`mov
;; rcx,rax`); loading it straight into `rcx` would save the move.

(module
  (func (export "f") (param $a i32) (param $b i32) (result i32)
    (i32.div_u (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003D
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     rcx,rax
;;     26: mov     eax,[rbp+0x18]
;;     2b: test    ecx,ecx
;;     2e: je      0x0000000000000090
;;     34: xor     edx,edx
;;     36: div     ecx
;;     39: leave
;;     3a: ret     0x10
;;     3d: cmp     dword ptr [r11+0x14],0
;;     46: jne     0x000000000000005C
;;     4c: cmp     rax,[r11+0x38]
;;     51: jb      0x0000000000000076
;;     57: jmp     0x000000000000001E
;;     5c: mov     r11,[r14]
;;     61: mov     qword ptr [r11+0x18],0x20
;;     6a: mov     eax,0xA
;;     70: mov     rsp,[r11+8]
;;     75: ret
;;     76: mov     r11,[r14]
;;     7b: mov     qword ptr [r11+0x18],0x20
;;     84: mov     eax,9
;;     8a: mov     rsp,[r11+8]
;;     8f: ret
;;     90: mov     r11,[r14]
;;     95: mov     qword ptr [r11+0x18],0x25
;;     9e: mov     eax,2
;;     a4: mov     rsp,[r11+8]
;;     a9: ret
