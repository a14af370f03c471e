;; `i32x4.le_s` of two locals.

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (i32x4.le_s (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000042
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movdqa  xmm15,xmm1
;;     31: pminsd  xmm15,xmm0
;;     37: pcmpeqd xmm1,xmm15
;;     3c: movaps  xmm0,xmm1
;;     40: leave
;;     41: ret
;;     42: cmp     dword ptr [r11+0x14],0
;;     4b: jne     0x0000000000000061
;;     51: cmp     rax,[r11+0x38]
;;     56: jb      0x000000000000007B
;;     5c: jmp     0x000000000000001E
;;     61: mov     r11,[r14]
;;     66: mov     qword ptr [r11+0x18],0x20
;;     6f: mov     eax,0xA
;;     75: mov     rsp,[r11+8]
;;     7a: ret
;;     7b: mov     r11,[r14]
;;     80: mov     qword ptr [r11+0x18],0x20
;;     89: mov     eax,9
;;     8f: mov     rsp,[r11+8]
;;     94: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000041
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: movdqa  xmm15,xmm1
;;     31: vpminsd xmm15,xmm15,xmm0
;;     36: vpcmpeqd xmm1,xmm1,xmm15
;;     3b: movaps  xmm0,xmm1
;;     3f: leave
;;     40: ret
;;     41: cmp     dword ptr [r11+0x14],0
;;     4a: jne     0x0000000000000060
;;     50: cmp     rax,[r11+0x38]
;;     55: jb      0x000000000000007A
;;     5b: jmp     0x000000000000001E
;;     60: mov     r11,[r14]
;;     65: mov     qword ptr [r11+0x18],0x20
;;     6e: mov     eax,0xA
;;     74: mov     rsp,[r11+8]
;;     79: ret
;;     7a: mov     r11,[r14]
;;     7f: mov     qword ptr [r11+0x18],0x20
;;     88: mov     eax,9
;;     8e: mov     rsp,[r11+8]
;;     93: ret
