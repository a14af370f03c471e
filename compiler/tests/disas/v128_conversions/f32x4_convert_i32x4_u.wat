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
;;     18: jb      0x000000000000004E
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
;;     4d: ret
;;     4e: cmp     dword ptr [r11+0x14],0
;;     57: jne     0x000000000000006D
;;     5d: cmp     rax,[r11+0x38]
;;     62: jb      0x0000000000000087
;;     68: jmp     0x000000000000001E
;;     6d: mov     r11,[r14]
;;     72: mov     qword ptr [r11+0x18],0x1F
;;     7b: mov     eax,0xA
;;     81: mov     rsp,[r11+8]
;;     86: ret
;;     87: mov     r11,[r14]
;;     8c: mov     qword ptr [r11+0x18],0x1F
;;     95: mov     eax,9
;;     9b: mov     rsp,[r11+8]
;;     a0: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000051
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
;;     50: ret
;;     51: cmp     dword ptr [r11+0x14],0
;;     5a: jne     0x0000000000000070
;;     60: cmp     rax,[r11+0x38]
;;     65: jb      0x000000000000008A
;;     6b: jmp     0x000000000000001E
;;     70: mov     r11,[r14]
;;     75: mov     qword ptr [r11+0x18],0x1F
;;     7e: mov     eax,0xA
;;     84: mov     rsp,[r11+8]
;;     89: ret
;;     8a: mov     r11,[r14]
;;     8f: mov     qword ptr [r11+0x18],0x1F
;;     98: mov     eax,9
;;     9e: mov     rsp,[r11+8]
;;     a3: ret
