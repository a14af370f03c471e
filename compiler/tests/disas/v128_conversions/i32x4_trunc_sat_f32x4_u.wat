;; `i32x4.trunc_sat_f32x4_u` of a local.

(module
  (func (export "f") (param $a v128) (result v128)
    (i32x4.trunc_sat_f32x4_u (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000006C
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: xorps   xmm15,xmm15
;;     29: maxps   xmm0,xmm15
;;     2d: pcmpeqd xmm15,xmm15
;;     32: psrld   xmm15,1
;;     38: cvtdq2ps xmm15,xmm15
;;     3c: movaps  xmm1,xmm0
;;     40: subps   xmm1,xmm15
;;     44: cmpleps xmm15,xmm1
;;     49: cvttps2dq xmm1,xmm1
;;     4e: pxor    xmm1,xmm15
;;     53: pxor    xmm15,xmm15
;;     58: pmaxsd  xmm1,xmm15
;;     5e: cvttps2dq xmm0,xmm0
;;     63: paddd   xmm0,xmm1
;;     68: leave
;;     69: ret     0x10
;;     6c: cmp     dword ptr [r11+0x14],0
;;     75: jne     0x000000000000008B
;;     7b: cmp     rax,[r11+0x38]
;;     80: jb      0x00000000000000A5
;;     86: jmp     0x000000000000001E
;;     8b: mov     r11,[r14]
;;     90: mov     qword ptr [r11+0x18],0x1F
;;     99: mov     eax,0xA
;;     9f: mov     rsp,[r11+8]
;;     a4: ret
;;     a5: mov     r11,[r14]
;;     aa: mov     qword ptr [r11+0x18],0x1F
;;     b3: mov     eax,9
;;     b9: mov     rsp,[r11+8]
;;     be: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000006C
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vxorps  xmm15,xmm15,xmm15
;;     2a: vmaxps  xmm0,xmm0,xmm15
;;     2f: vpcmpeqd xmm15,xmm15,xmm15
;;     34: vpsrld  xmm15,xmm15,1
;;     3a: vcvtdq2ps xmm15,xmm15
;;     3f: vsubps  xmm1,xmm0,xmm15
;;     44: vcmpleps xmm15,xmm15,xmm1
;;     4a: vcvttps2dq xmm1,xmm1
;;     4f: vpxor   xmm1,xmm1,xmm15
;;     54: vpxor   xmm15,xmm15,xmm15
;;     59: vpmaxsd xmm1,xmm1,xmm15
;;     5e: vcvttps2dq xmm0,xmm0
;;     63: vpaddd  xmm0,xmm0,xmm1
;;     68: leave
;;     69: ret     0x10
;;     6c: cmp     dword ptr [r11+0x14],0
;;     75: jne     0x000000000000008B
;;     7b: cmp     rax,[r11+0x38]
;;     80: jb      0x00000000000000A5
;;     86: jmp     0x000000000000001E
;;     8b: mov     r11,[r14]
;;     90: mov     qword ptr [r11+0x18],0x1F
;;     99: mov     eax,0xA
;;     9f: mov     rsp,[r11+8]
;;     a4: ret
;;     a5: mov     r11,[r14]
;;     aa: mov     qword ptr [r11+0x18],0x1F
;;     b3: mov     eax,9
;;     b9: mov     rsp,[r11+8]
;;     be: ret
