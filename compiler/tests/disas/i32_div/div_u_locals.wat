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
;;     18: jb      0x000000000000003B
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     rcx,rax
;;     26: mov     eax,[rbp+0x18]
;;     2b: test    ecx,ecx
;;     2e: je      0x000000000000008E
;;     34: xor     edx,edx
;;     36: div     ecx
;;     39: leave
;;     3a: ret
;;     3b: cmp     dword ptr [r11+0x14],0
;;     44: jne     0x000000000000005A
;;     4a: cmp     rax,[r11+0x38]
;;     4f: jb      0x0000000000000074
;;     55: jmp     0x000000000000001E
;;     5a: mov     r11,[r14]
;;     5f: mov     qword ptr [r11+0x18],0x20
;;     68: mov     eax,0xA
;;     6e: mov     rsp,[r11+8]
;;     73: ret
;;     74: mov     r11,[r14]
;;     79: mov     qword ptr [r11+0x18],0x20
;;     82: mov     eax,9
;;     88: mov     rsp,[r11+8]
;;     8d: ret
;;     8e: mov     r11,[r14]
;;     93: mov     qword ptr [r11+0x18],0x25
;;     9c: mov     eax,2
;;     a2: mov     rsp,[r11+8]
;;     a7: ret
