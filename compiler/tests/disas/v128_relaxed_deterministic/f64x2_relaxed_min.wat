;; `f64x2.relaxed_min` of locals, deterministic mode: the same result with both encodings.
;; relaxed-simd: deterministic

(module
  (func (export "f") (param $a v128) (param $b v128) (result v128)
    (f64x2.relaxed_min (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000058
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movaps  xmm15,xmm0
;;     30: minpd   xmm15,xmm1
;;     35: minpd   xmm1,xmm0
;;     3a: orps    xmm15,xmm1
;;     3e: cmpunordpd xmm1,xmm15
;;     44: orps    xmm15,xmm1
;;     48: psrlq   xmm1,0xD
;;     4e: andnps  xmm1,xmm15
;;     52: movaps  xmm0,xmm1
;;     56: leave
;;     57: ret
;;     58: cmp     dword ptr [r11+0x14],0
;;     61: jne     0x0000000000000077
;;     67: cmp     rax,[r11+0x38]
;;     6c: jb      0x0000000000000091
;;     72: jmp     0x000000000000001E
;;     77: mov     r11,[r14]
;;     7c: mov     qword ptr [r11+0x18],0x20
;;     85: mov     eax,0xA
;;     8b: mov     rsp,[r11+8]
;;     90: ret
;;     91: mov     r11,[r14]
;;     96: mov     qword ptr [r11+0x18],0x20
;;     9f: mov     eax,9
;;     a5: mov     rsp,[r11+8]
;;     aa: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000057
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vminpd  xmm15,xmm0,xmm1
;;     31: vminpd  xmm1,xmm1,xmm0
;;     36: vorps   xmm15,xmm15,xmm1
;;     3b: vcmpunordpd xmm1,xmm1,xmm15
;;     41: vorps   xmm15,xmm15,xmm1
;;     46: vpsrlq  xmm1,xmm1,0xD
;;     4c: vandnps xmm1,xmm1,xmm15
;;     51: movaps  xmm0,xmm1
;;     55: leave
;;     56: ret
;;     57: cmp     dword ptr [r11+0x14],0
;;     60: jne     0x0000000000000076
;;     66: cmp     rax,[r11+0x38]
;;     6b: jb      0x0000000000000090
;;     71: jmp     0x000000000000001E
;;     76: mov     r11,[r14]
;;     7b: mov     qword ptr [r11+0x18],0x20
;;     84: mov     eax,0xA
;;     8a: mov     rsp,[r11+8]
;;     8f: ret
;;     90: mov     r11,[r14]
;;     95: mov     qword ptr [r11+0x18],0x20
;;     9e: mov     eax,9
;;     a4: mov     rsp,[r11+8]
;;     a9: ret
