;; `div_s` of two locals: zero check, overflow check, then the divide.
;; Finding: the divisor is first loaded into `rax` and then moved to `rcx` (`mov
;; rcx,rax`); loading it straight into `rcx` would save the move.

(module
  (func (export "f") (param $a i64) (param $b i64) (result i64)
    (i64.div_s (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000056
;;     1e: mov     rax,[rbp+0x10]
;;     23: mov     rcx,rax
;;     26: mov     rax,[rbp+0x18]
;;     2b: test    rcx,rcx
;;     2e: je      0x00000000000000A9
;;     34: cmp     rcx,0xFFFFFFFFFFFFFFFF
;;     3b: jne     0x000000000000004F
;;     41: neg     rax
;;     44: jo      0x00000000000000C3
;;     4a: jmp     0x0000000000000054
;;     4f: cqo
;;     51: idiv    rcx
;;     54: leave
;;     55: ret
;;     56: cmp     dword ptr [r11+0x14],0
;;     5f: jne     0x0000000000000075
;;     65: cmp     rax,[r11+0x38]
;;     6a: jb      0x000000000000008F
;;     70: jmp     0x000000000000001E
;;     75: mov     r11,[r14]
;;     7a: mov     qword ptr [r11+0x18],0x20
;;     83: mov     eax,0xA
;;     89: mov     rsp,[r11+8]
;;     8e: ret
;;     8f: mov     r11,[r14]
;;     94: mov     qword ptr [r11+0x18],0x20
;;     9d: mov     eax,9
;;     a3: mov     rsp,[r11+8]
;;     a8: ret
;;     a9: mov     r11,[r14]
;;     ae: mov     qword ptr [r11+0x18],0x25
;;     b7: mov     eax,2
;;     bd: mov     rsp,[r11+8]
;;     c2: ret
;;     c3: mov     r11,[r14]
;;     c8: mov     qword ptr [r11+0x18],0x25
;;     d1: mov     eax,3
;;     d7: mov     rsp,[r11+8]
;;     dc: ret
