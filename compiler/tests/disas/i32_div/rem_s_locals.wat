;; `rem_s` of two locals: zero check, overflow check, then the divide.
;; Finding: the divisor is first loaded into `rax` and then moved to `rcx` (`mov
;; rcx,rax`); loading it straight into `rcx` would save the move.

(module
  (func (export "f") (param $a i32) (param $b i32) (result i32)
    (i32.rem_s (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000057
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     rcx,rax
;;     26: mov     eax,[rbp+0x18]
;;     2b: test    ecx,ecx
;;     2e: je      0x00000000000000AA
;;     34: cmp     ecx,0xFFFFFFFF
;;     3b: jne     0x000000000000004C
;;     41: mov     edx,0
;;     47: jmp     0x0000000000000050
;;     4c: cdq
;;     4d: idiv    ecx
;;     50: mov     rax,rdx
;;     53: leave
;;     54: ret     0x10
;;     57: cmp     dword ptr [r11+0x14],0
;;     60: jne     0x0000000000000076
;;     66: cmp     rax,[r11+0x38]
;;     6b: jb      0x0000000000000090
;;     71: jmp     0x000000000000001E
;;     76: mov     r11,[r14]
;;     7b: mov     qword ptr [r11+0x18],0x20
;;     84: mov     eax,0xA
;;     8a: mov     rsp,[r11+8]
;;     8f: ret
;;     90: mov     r11,[r14]
;;     95: mov     qword ptr [r11+0x18],0x20
;;     9e: mov     eax,9
;;     a4: mov     rsp,[r11+8]
;;     a9: ret
;;     aa: mov     r11,[r14]
;;     af: mov     qword ptr [r11+0x18],0x25
;;     b8: mov     eax,2
;;     be: mov     rsp,[r11+8]
;;     c3: ret
