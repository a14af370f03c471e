;; `i32x4.trunc_sat_f64x2_s_zero` of a local.

(module
  (func (export "f") (param $a v128) (result v128)
    (i32x4.trunc_sat_f64x2_s_zero (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000052
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: mov     r11,0x41DFFFFFFFC00000
;;     2f: movq    xmm15,r11
;;     34: punpcklqdq xmm15,xmm15
;;     39: minpd   xmm15,xmm0
;;     3e: cmpeqpd xmm0,xmm0
;;     44: andpd   xmm0,xmm15
;;     49: cvttpd2dq xmm0,xmm0
;;     4e: leave
;;     4f: ret     0x10
;;     52: cmp     dword ptr [r11+0x14],0
;;     5b: jne     0x0000000000000071
;;     61: cmp     rax,[r11+0x38]
;;     66: jb      0x000000000000008B
;;     6c: jmp     0x000000000000001E
;;     71: mov     r11,[r14]
;;     76: mov     qword ptr [r11+0x18],0x1F
;;     7f: mov     eax,0xA
;;     85: mov     rsp,[r11+8]
;;     8a: ret
;;     8b: mov     r11,[r14]
;;     90: mov     qword ptr [r11+0x18],0x1F
;;     99: mov     eax,9
;;     9f: mov     rsp,[r11+8]
;;     a4: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000052
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: mov     r11,0x41DFFFFFFFC00000
;;     2f: vmovq   xmm15,r11
;;     34: vpunpcklqdq xmm15,xmm15,xmm15
;;     39: vminpd  xmm15,xmm15,xmm0
;;     3e: vcmpeqpd xmm0,xmm0,xmm0
;;     44: vandpd  xmm0,xmm0,xmm15
;;     49: vcvttpd2dq xmm0,xmm0
;;     4e: leave
;;     4f: ret     0x10
;;     52: cmp     dword ptr [r11+0x14],0
;;     5b: jne     0x0000000000000071
;;     61: cmp     rax,[r11+0x38]
;;     66: jb      0x000000000000008B
;;     6c: jmp     0x000000000000001E
;;     71: mov     r11,[r14]
;;     76: mov     qword ptr [r11+0x18],0x1F
;;     7f: mov     eax,0xA
;;     85: mov     rsp,[r11+8]
;;     8a: ret
;;     8b: mov     r11,[r14]
;;     90: mov     qword ptr [r11+0x18],0x1F
;;     99: mov     eax,9
;;     9f: mov     rsp,[r11+8]
;;     a4: ret
