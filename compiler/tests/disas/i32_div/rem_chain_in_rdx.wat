;; A remainder (left in `rdx`) feeding the next division: it moves out of `rdx` instead
;; of spilling.

(module
  (func (export "f") (param $a i32) (param $b i32) (param $c i32) (result i32)
    (i32.rem_s (i32.rem_s (local.get $a) (local.get $b)) (local.get $c))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000084
;;     1e: mov     eax,[rbp+0x18]
;;     23: mov     rcx,rax
;;     26: mov     eax,[rbp+0x20]
;;     2b: test    ecx,ecx
;;     2e: je      0x00000000000000D7
;;     34: cmp     ecx,0xFFFFFFFF
;;     3b: jne     0x000000000000004C
;;     41: mov     edx,0
;;     47: jmp     0x0000000000000050
;;     4c: cdq
;;     4d: idiv    ecx
;;     50: mov     rax,rdx
;;     53: mov     ecx,[rbp+0x10]
;;     58: test    ecx,ecx
;;     5b: je      0x00000000000000F1
;;     61: cmp     ecx,0xFFFFFFFF
;;     68: jne     0x0000000000000079
;;     6e: mov     edx,0
;;     74: jmp     0x000000000000007D
;;     79: cdq
;;     7a: idiv    ecx
;;     7d: mov     rax,rdx
;;     80: leave
;;     81: ret     0x18
;;     84: cmp     dword ptr [r11+0x14],0
;;     8d: jne     0x00000000000000A3
;;     93: cmp     rax,[r11+0x38]
;;     98: jb      0x00000000000000BD
;;     9e: jmp     0x000000000000001E
;;     a3: mov     r11,[r14]
;;     a8: mov     qword ptr [r11+0x18],0x21
;;     b1: mov     eax,0xA
;;     b7: mov     rsp,[r11+8]
;;     bc: ret
;;     bd: mov     r11,[r14]
;;     c2: mov     qword ptr [r11+0x18],0x21
;;     cb: mov     eax,9
;;     d1: mov     rsp,[r11+8]
;;     d6: ret
;;     d7: mov     r11,[r14]
;;     dc: mov     qword ptr [r11+0x18],0x26
;;     e5: mov     eax,2
;;     eb: mov     rsp,[r11+8]
;;     f0: ret
;;     f1: mov     r11,[r14]
;;     f6: mov     qword ptr [r11+0x18],0x29
;;     ff: mov     eax,2
;;    105: mov     rsp,[r11+8]
;;    10a: ret
