;; `i8x16.relaxed_swizzle` of locals, deterministic mode: the same result with both encodings.
;; relaxed-simd: deterministic

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (i8x16.relaxed_swizzle (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000053
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: mov     r11,0x7070707070707070
;;     36: movq    xmm15,r11
;;     3b: punpcklqdq xmm15,xmm15
;;     40: paddusb xmm0,xmm15
;;     45: pshufb  xmm1,xmm0
;;     4b: movaps  xmm0,xmm1
;;     4f: leave
;;     50: ret     0x20
;;     53: cmp     dword ptr [r11+0x14],0
;;     5c: jne     0x0000000000000072
;;     62: cmp     rax,[r11+0x38]
;;     67: jb      0x000000000000008C
;;     6d: jmp     0x000000000000001E
;;     72: mov     r11,[r14]
;;     77: mov     qword ptr [r11+0x18],0x20
;;     80: mov     eax,0xA
;;     86: mov     rsp,[r11+8]
;;     8b: ret
;;     8c: mov     r11,[r14]
;;     91: mov     qword ptr [r11+0x18],0x20
;;     9a: mov     eax,9
;;     a0: mov     rsp,[r11+8]
;;     a5: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000052
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: mov     r11,0x7070707070707070
;;     36: vmovq   xmm15,r11
;;     3b: vpunpcklqdq xmm15,xmm15,xmm15
;;     40: vpaddusb xmm0,xmm0,xmm15
;;     45: vpshufb xmm1,xmm1,xmm0
;;     4a: movaps  xmm0,xmm1
;;     4e: leave
;;     4f: ret     0x20
;;     52: cmp     dword ptr [r11+0x14],0
;;     5b: jne     0x0000000000000071
;;     61: cmp     rax,[r11+0x38]
;;     66: jb      0x000000000000008B
;;     6c: jmp     0x000000000000001E
;;     71: mov     r11,[r14]
;;     76: mov     qword ptr [r11+0x18],0x20
;;     7f: mov     eax,0xA
;;     85: mov     rsp,[r11+8]
;;     8a: ret
;;     8b: mov     r11,[r14]
;;     90: mov     qword ptr [r11+0x18],0x20
;;     99: mov     eax,9
;;     9f: mov     rsp,[r11+8]
;;     a4: ret
