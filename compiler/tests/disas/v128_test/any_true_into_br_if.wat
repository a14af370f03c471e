;; `v128.any_true` feeding `br_if`.

(module
  (func (export "f") (param $a v128) (result i32)
    (block $b (br_if $b (v128.any_true (local.get $a))) (return (i32.const 1)))
    (i32.const 2)))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000044
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: ptest   xmm0,xmm0
;;     2b: jne     0x000000000000003C
;;     31: mov     eax,1
;;     37: jmp     0x0000000000000042
;;     3c: mov     eax,2
;;     42: leave
;;     43: ret
;;     44: cmp     dword ptr [r11+0x14],0
;;     4d: jne     0x0000000000000063
;;     53: cmp     rax,[r11+0x38]
;;     58: jb      0x000000000000007D
;;     5e: jmp     0x000000000000001E
;;     63: mov     r11,[r14]
;;     68: mov     qword ptr [r11+0x18],0x1F
;;     71: mov     eax,0xA
;;     77: mov     rsp,[r11+8]
;;     7c: ret
;;     7d: mov     r11,[r14]
;;     82: mov     qword ptr [r11+0x18],0x1F
;;     8b: mov     eax,9
;;     91: mov     rsp,[r11+8]
;;     96: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000043
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vptest  xmm0,xmm0
;;     2a: jne     0x000000000000003B
;;     30: mov     eax,1
;;     36: jmp     0x0000000000000041
;;     3b: mov     eax,2
;;     41: leave
;;     42: ret
;;     43: cmp     dword ptr [r11+0x14],0
;;     4c: jne     0x0000000000000062
;;     52: cmp     rax,[r11+0x38]
;;     57: jb      0x000000000000007C
;;     5d: jmp     0x000000000000001E
;;     62: mov     r11,[r14]
;;     67: mov     qword ptr [r11+0x18],0x1F
;;     70: mov     eax,0xA
;;     76: mov     rsp,[r11+8]
;;     7b: ret
;;     7c: mov     r11,[r14]
;;     81: mov     qword ptr [r11+0x18],0x1F
;;     8a: mov     eax,9
;;     90: mov     rsp,[r11+8]
;;     95: ret
