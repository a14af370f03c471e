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
;;     18: jb      0x0000000000000051
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: mov     r11,0x7070707070707070
;;     36: movq    xmm15,r11
;;     3b: punpcklqdq xmm15,xmm15
;;     40: paddusb xmm0,xmm15
;;     45: pshufb  xmm1,xmm0
;;     4b: movaps  xmm0,xmm1
;;     4f: leave
;;     50: ret
;;     51: cmp     dword ptr [r11+0x14],0
;;     5a: jne     0x0000000000000070
;;     60: cmp     rax,[r11+0x38]
;;     65: jb      0x000000000000008A
;;     6b: jmp     0x000000000000001E
;;     70: mov     r11,[r14]
;;     75: mov     qword ptr [r11+0x18],0x20
;;     7e: mov     eax,0xA
;;     84: mov     rsp,[r11+8]
;;     89: ret
;;     8a: mov     r11,[r14]
;;     8f: mov     qword ptr [r11+0x18],0x20
;;     98: mov     eax,9
;;     9e: mov     rsp,[r11+8]
;;     a3: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000050
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: mov     r11,0x7070707070707070
;;     36: vmovq   xmm15,r11
;;     3b: vpunpcklqdq xmm15,xmm15,xmm15
;;     40: vpaddusb xmm0,xmm0,xmm15
;;     45: vpshufb xmm1,xmm1,xmm0
;;     4a: movaps  xmm0,xmm1
;;     4e: leave
;;     4f: ret
;;     50: cmp     dword ptr [r11+0x14],0
;;     59: jne     0x000000000000006F
;;     5f: cmp     rax,[r11+0x38]
;;     64: jb      0x0000000000000089
;;     6a: jmp     0x000000000000001E
;;     6f: mov     r11,[r14]
;;     74: mov     qword ptr [r11+0x18],0x20
;;     7d: mov     eax,0xA
;;     83: mov     rsp,[r11+8]
;;     88: ret
;;     89: mov     r11,[r14]
;;     8e: mov     qword ptr [r11+0x18],0x20
;;     97: mov     eax,9
;;     9d: mov     rsp,[r11+8]
;;     a2: ret
