;; `i16x8.relaxed_q15mulr_s` of locals, deterministic mode: the same result with both encodings.
;; relaxed-simd: deterministic

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (i16x8.relaxed_q15mulr_s (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004D
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: pmulhrsw xmm1,xmm0
;;     32: pcmpeqd xmm15,xmm15
;;     37: psllw   xmm15,0xF
;;     3d: pcmpeqw xmm15,xmm1
;;     42: pxor    xmm1,xmm15
;;     47: movaps  xmm0,xmm1
;;     4b: leave
;;     4c: ret
;;     4d: cmp     dword ptr [r11+0x14],0
;;     56: jne     0x000000000000006C
;;     5c: cmp     rax,[r11+0x38]
;;     61: jb      0x0000000000000086
;;     67: jmp     0x000000000000001E
;;     6c: mov     r11,[r14]
;;     71: mov     qword ptr [r11+0x18],0x20
;;     7a: mov     eax,0xA
;;     80: mov     rsp,[r11+8]
;;     85: ret
;;     86: mov     r11,[r14]
;;     8b: mov     qword ptr [r11+0x18],0x20
;;     94: mov     eax,9
;;     9a: mov     rsp,[r11+8]
;;     9f: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004D
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: pmulhrsw xmm1,xmm0
;;     32: pcmpeqd xmm15,xmm15
;;     37: psllw   xmm15,0xF
;;     3d: pcmpeqw xmm15,xmm1
;;     42: pxor    xmm1,xmm15
;;     47: movaps  xmm0,xmm1
;;     4b: leave
;;     4c: ret
;;     4d: cmp     dword ptr [r11+0x14],0
;;     56: jne     0x000000000000006C
;;     5c: cmp     rax,[r11+0x38]
;;     61: jb      0x0000000000000086
;;     67: jmp     0x000000000000001E
;;     6c: mov     r11,[r14]
;;     71: mov     qword ptr [r11+0x18],0x20
;;     7a: mov     eax,0xA
;;     80: mov     rsp,[r11+8]
;;     85: ret
;;     86: mov     r11,[r14]
;;     8b: mov     qword ptr [r11+0x18],0x20
;;     94: mov     eax,9
;;     9a: mov     rsp,[r11+8]
;;     9f: ret
