;; `div_s` of two locals: zero check, overflow check, then the divide.
;; Finding: the divisor is first loaded into `rax` and then moved to `rcx` (`mov
;; rcx,rax`); loading it straight into `rcx` would save the move.

(module
  (func (export "f") (param $a i32) (param $b i32) (result i32)
    (i32.div_s (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000055
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     rcx,rax
;;     26: mov     eax,[rbp+0x18]
;;     2b: test    ecx,ecx
;;     2e: je      0x00000000000000A8
;;     34: cmp     ecx,0xFFFFFFFF
;;     3b: jne     0x000000000000004F
;;     41: neg     eax
;;     44: jo      0x00000000000000C2
;;     4a: jmp     0x0000000000000053
;;     4f: cdq
;;     50: idiv    ecx
;;     53: leave
;;     54: ret
;;     55: cmp     dword ptr [r11+0x14],0
;;     5e: jne     0x0000000000000074
;;     64: cmp     rax,[r11+0x38]
;;     69: jb      0x000000000000008E
;;     6f: jmp     0x000000000000001E
;;     74: mov     r11,[r14]
;;     79: mov     qword ptr [r11+0x18],0x20
;;     82: mov     eax,0xA
;;     88: mov     rsp,[r11+8]
;;     8d: ret
;;     8e: mov     r11,[r14]
;;     93: mov     qword ptr [r11+0x18],0x20
;;     9c: mov     eax,9
;;     a2: mov     rsp,[r11+8]
;;     a7: ret
;;     a8: mov     r11,[r14]
;;     ad: mov     qword ptr [r11+0x18],0x25
;;     b6: mov     eax,2
;;     bc: mov     rsp,[r11+8]
;;     c1: ret
;;     c2: mov     r11,[r14]
;;     c7: mov     qword ptr [r11+0x18],0x25
;;     d0: mov     eax,3
;;     d6: mov     rsp,[r11+8]
;;     db: ret
