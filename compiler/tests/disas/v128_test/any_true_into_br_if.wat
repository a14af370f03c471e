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
;;     18: jb      0x0000000000000046
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: ptest   xmm0,xmm0
;;     2b: jne     0x000000000000003C
;;     31: mov     eax,1
;;     37: jmp     0x0000000000000042
;;     3c: mov     eax,2
;;     42: leave
;;     43: ret     0x10
;;     46: cmp     dword ptr [r11+0x14],0
;;     4f: jne     0x0000000000000065
;;     55: cmp     rax,[r11+0x38]
;;     5a: jb      0x000000000000007F
;;     60: jmp     0x000000000000001E
;;     65: mov     r11,[r14]
;;     6a: mov     qword ptr [r11+0x18],0x1F
;;     73: mov     eax,0xA
;;     79: mov     rsp,[r11+8]
;;     7e: ret
;;     7f: mov     r11,[r14]
;;     84: mov     qword ptr [r11+0x18],0x1F
;;     8d: mov     eax,9
;;     93: mov     rsp,[r11+8]
;;     98: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000045
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vptest  xmm0,xmm0
;;     2a: jne     0x000000000000003B
;;     30: mov     eax,1
;;     36: jmp     0x0000000000000041
;;     3b: mov     eax,2
;;     41: leave
;;     42: ret     0x10
;;     45: cmp     dword ptr [r11+0x14],0
;;     4e: jne     0x0000000000000064
;;     54: cmp     rax,[r11+0x38]
;;     59: jb      0x000000000000007E
;;     5f: jmp     0x000000000000001E
;;     64: mov     r11,[r14]
;;     69: mov     qword ptr [r11+0x18],0x1F
;;     72: mov     eax,0xA
;;     78: mov     rsp,[r11+8]
;;     7d: ret
;;     7e: mov     r11,[r14]
;;     83: mov     qword ptr [r11+0x18],0x1F
;;     8c: mov     eax,9
;;     92: mov     rsp,[r11+8]
;;     97: ret
