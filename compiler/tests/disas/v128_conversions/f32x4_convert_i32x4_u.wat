;; `f32x4.convert_i32x4_u` of a local.

(module
  (func (export "f") (param $a v128) (result v128)
    (f32x4.convert_i32x4_u (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000050
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: pxor    xmm15,xmm15
;;     2a: pblendw xmm15,xmm0,0x55
;;     31: psubd   xmm0,xmm15
;;     36: cvtdq2ps xmm15,xmm15
;;     3a: psrld   xmm0,1
;;     40: cvtdq2ps xmm0,xmm0
;;     44: addps   xmm0,xmm0
;;     48: addps   xmm0,xmm15
;;     4c: leave
;;     4d: ret     0x10
;;     50: cmp     dword ptr [r11+0x14],0
;;     59: jne     0x000000000000006F
;;     5f: cmp     rax,[r11+0x38]
;;     64: jb      0x0000000000000089
;;     6a: jmp     0x000000000000001E
;;     6f: mov     r11,[r14]
;;     74: mov     qword ptr [r11+0x18],0x1F
;;     7d: mov     eax,0xA
;;     83: mov     rsp,[r11+8]
;;     88: ret
;;     89: mov     r11,[r14]
;;     8e: mov     qword ptr [r11+0x18],0x1F
;;     97: mov     eax,9
;;     9d: mov     rsp,[r11+8]
;;     a2: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000053
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vpxor   xmm15,xmm15,xmm15
;;     2a: vpblendw xmm15,xmm15,xmm0,0x55
;;     30: vpsubd  xmm0,xmm0,xmm15
;;     35: vcvtdq2ps xmm15,xmm15
;;     3a: vpsrld  xmm0,xmm0,1
;;     40: vcvtdq2ps xmm0,xmm0
;;     45: vaddps  xmm0,xmm0,xmm0
;;     4a: vaddps  xmm0,xmm0,xmm15
;;     4f: leave
;;     50: ret     0x10
;;     53: cmp     dword ptr [r11+0x14],0
;;     5c: jne     0x0000000000000072
;;     62: cmp     rax,[r11+0x38]
;;     67: jb      0x000000000000008C
;;     6d: jmp     0x000000000000001E
;;     72: mov     r11,[r14]
;;     77: mov     qword ptr [r11+0x18],0x1F
;;     80: mov     eax,0xA
;;     86: mov     rsp,[r11+8]
;;     8b: ret
;;     8c: mov     r11,[r14]
;;     91: mov     qword ptr [r11+0x18],0x1F
;;     9a: mov     eax,9
;;     a0: mov     rsp,[r11+8]
;;     a5: ret
