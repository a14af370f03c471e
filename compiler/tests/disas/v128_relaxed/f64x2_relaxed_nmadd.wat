;; `f64x2.relaxed_nmadd` of locals, native mode: the encoding's fastest sequence.

(module
  (func (export "f") (param $a v128) (param $b v128) (param $c v128) (result v128)
    (f64x2.relaxed_nmadd (local.get $a) (local.get $b) (local.get $c))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004A
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movdqu  xmm2,[rbp+0x30]
;;     33: mulpd   xmm2,xmm1
;;     38: subpd   xmm0,xmm2
;;     3d: movapd  xmm2,xmm0
;;     42: movaps  xmm0,xmm2
;;     46: leave
;;     47: ret     0x30
;;     4a: cmp     dword ptr [r11+0x14],0
;;     53: jne     0x0000000000000069
;;     59: cmp     rax,[r11+0x38]
;;     5e: jb      0x0000000000000083
;;     64: jmp     0x000000000000001E
;;     69: mov     r11,[r14]
;;     6e: mov     qword ptr [r11+0x18],0x21
;;     77: mov     eax,0xA
;;     7d: mov     rsp,[r11+8]
;;     82: ret
;;     83: mov     r11,[r14]
;;     88: mov     qword ptr [r11+0x18],0x21
;;     91: mov     eax,9
;;     97: mov     rsp,[r11+8]
;;     9c: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000040
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vmovdqu xmm2,[rbp+0x30]
;;     33: vfnmadd213pd xmm2,xmm1,xmm0
;;     38: movaps  xmm0,xmm2
;;     3c: leave
;;     3d: ret     0x30
;;     40: cmp     dword ptr [r11+0x14],0
;;     49: jne     0x000000000000005F
;;     4f: cmp     rax,[r11+0x38]
;;     54: jb      0x0000000000000079
;;     5a: jmp     0x000000000000001E
;;     5f: mov     r11,[r14]
;;     64: mov     qword ptr [r11+0x18],0x21
;;     6d: mov     eax,0xA
;;     73: mov     rsp,[r11+8]
;;     78: ret
;;     79: mov     r11,[r14]
;;     7e: mov     qword ptr [r11+0x18],0x21
;;     87: mov     eax,9
;;     8d: mov     rsp,[r11+8]
;;     92: ret
