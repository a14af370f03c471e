;; `rem_s` of two locals: zero check, overflow check, then the divide.
;; Finding: the divisor is first loaded into `rax` and then moved to `rcx` (`mov
;; rcx,rax`); loading it straight into `rcx` would save the move.

(module
  (func (export "f") (param $a i64) (param $b i64) (result i64)
    (i64.rem_s (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000055
;;     1e: mov     rax,[rbp+0x10]
;;     23: mov     rcx,rax
;;     26: mov     rax,[rbp+0x18]
;;     2b: test    rcx,rcx
;;     2e: je      0x00000000000000A8
;;     34: cmp     rcx,0xFFFFFFFFFFFFFFFF
;;     3b: jne     0x0000000000000049
;;     41: xor     edx,edx
;;     44: jmp     0x000000000000004E
;;     49: cqo
;;     4b: idiv    rcx
;;     4e: mov     rax,rdx
;;     51: leave
;;     52: ret     0x10
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
