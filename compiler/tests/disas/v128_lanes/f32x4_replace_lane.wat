;; `f32x4.replace_lane` of lane 1 with a local.

(module
  (func (export "f") (param $a v128) (param $x f32) (result v128)
    (f32x4.replace_lane 1 (local.get $a) (local.get $x))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003B
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x18]
;;     2c: insertps xmm1,xmm0,0x10
;;     33: movaps  xmm0,xmm1
;;     37: leave
;;     38: ret     0x18
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

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003A
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x18]
;;     2c: vinsertps xmm1,xmm1,xmm0,0x10
;;     32: movaps  xmm0,xmm1
;;     36: leave
;;     37: ret     0x18
;;     3a: cmp     dword ptr [r11+0x14],0
;;     43: jne     0x0000000000000059
;;     49: cmp     rax,[r11+0x38]
;;     4e: jb      0x0000000000000073
;;     54: jmp     0x000000000000001E
;;     59: mov     r11,[r14]
;;     5e: mov     qword ptr [r11+0x18],0x20
;;     67: mov     eax,0xA
;;     6d: mov     rsp,[r11+8]
;;     72: ret
;;     73: mov     r11,[r14]
;;     78: mov     qword ptr [r11+0x18],0x20
;;     81: mov     eax,9
;;     87: mov     rsp,[r11+8]
;;     8c: ret
