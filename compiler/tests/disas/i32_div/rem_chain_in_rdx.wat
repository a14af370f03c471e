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
;;     18: jb      0x0000000000000082
;;     1e: mov     eax,[rbp+0x18]
;;     23: mov     rcx,rax
;;     26: mov     eax,[rbp+0x20]
;;     2b: test    ecx,ecx
;;     2e: je      0x00000000000000D5
;;     34: cmp     ecx,0xFFFFFFFF
;;     3b: jne     0x000000000000004C
;;     41: mov     edx,0
;;     47: jmp     0x0000000000000050
;;     4c: cdq
;;     4d: idiv    ecx
;;     50: mov     rax,rdx
;;     53: mov     ecx,[rbp+0x10]
;;     58: test    ecx,ecx
;;     5b: je      0x00000000000000EF
;;     61: cmp     ecx,0xFFFFFFFF
;;     68: jne     0x0000000000000079
;;     6e: mov     edx,0
;;     74: jmp     0x000000000000007D
;;     79: cdq
;;     7a: idiv    ecx
;;     7d: mov     rax,rdx
;;     80: leave
;;     81: ret
;;     82: cmp     dword ptr [r11+0x14],0
;;     8b: jne     0x00000000000000A1
;;     91: cmp     rax,[r11+0x38]
;;     96: jb      0x00000000000000BB
;;     9c: jmp     0x000000000000001E
;;     a1: mov     r11,[r14]
;;     a6: mov     qword ptr [r11+0x18],0x21
;;     af: mov     eax,0xA
;;     b5: mov     rsp,[r11+8]
;;     ba: ret
;;     bb: mov     r11,[r14]
;;     c0: mov     qword ptr [r11+0x18],0x21
;;     c9: mov     eax,9
;;     cf: mov     rsp,[r11+8]
;;     d4: ret
;;     d5: mov     r11,[r14]
;;     da: mov     qword ptr [r11+0x18],0x26
;;     e3: mov     eax,2
;;     e9: mov     rsp,[r11+8]
;;     ee: ret
;;     ef: mov     r11,[r14]
;;     f4: mov     qword ptr [r11+0x18],0x29
;;     fd: mov     eax,2
;;    103: mov     rsp,[r11+8]
;;    108: ret
