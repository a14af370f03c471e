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
;;     18: jb      0x000000000000004F
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: pmulhrsw xmm1,xmm0
;;     32: pcmpeqd xmm15,xmm15
;;     37: psllw   xmm15,0xF
;;     3d: pcmpeqw xmm15,xmm1
;;     42: pxor    xmm1,xmm15
;;     47: movaps  xmm0,xmm1
;;     4b: leave
;;     4c: ret     0x20
;;     4f: cmp     dword ptr [r11+0x14],0
;;     58: jne     0x000000000000006E
;;     5e: cmp     rax,[r11+0x38]
;;     63: jb      0x0000000000000088
;;     69: jmp     0x000000000000001E
;;     6e: mov     r11,[r14]
;;     73: mov     qword ptr [r11+0x18],0x20
;;     7c: mov     eax,0xA
;;     82: mov     rsp,[r11+8]
;;     87: ret
;;     88: mov     r11,[r14]
;;     8d: mov     qword ptr [r11+0x18],0x20
;;     96: mov     eax,9
;;     9c: mov     rsp,[r11+8]
;;     a1: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000004F
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: pmulhrsw xmm1,xmm0
;;     32: pcmpeqd xmm15,xmm15
;;     37: psllw   xmm15,0xF
;;     3d: pcmpeqw xmm15,xmm1
;;     42: pxor    xmm1,xmm15
;;     47: movaps  xmm0,xmm1
;;     4b: leave
;;     4c: ret     0x20
;;     4f: cmp     dword ptr [r11+0x14],0
;;     58: jne     0x000000000000006E
;;     5e: cmp     rax,[r11+0x38]
;;     63: jb      0x0000000000000088
;;     69: jmp     0x000000000000001E
;;     6e: mov     r11,[r14]
;;     73: mov     qword ptr [r11+0x18],0x20
;;     7c: mov     eax,0xA
;;     82: mov     rsp,[r11+8]
;;     87: ret
;;     88: mov     r11,[r14]
;;     8d: mov     qword ptr [r11+0x18],0x20
;;     96: mov     eax,9
;;     9c: mov     rsp,[r11+8]
;;     a1: ret
