;; `i32x4.trunc_sat_f32x4_s` of a local.

(module
  (func (export "f") (param $a v128) (result v128)
    (i32x4.trunc_sat_f32x4_s (local.get $a))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000050
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movaps  xmm15,xmm0
;;     29: cmpeqps xmm15,xmm0
;;     2e: andps   xmm0,xmm15
;;     32: pxor    xmm15,xmm0
;;     37: cvttps2dq xmm0,xmm0
;;     3c: pand    xmm15,xmm0
;;     41: psrad   xmm15,0x1F
;;     47: pxor    xmm0,xmm15
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
;;     18: jb      0x000000000000004E
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vcmpeqps xmm15,xmm0,xmm0
;;     2b: vandps  xmm0,xmm0,xmm15
;;     30: vpxor   xmm15,xmm15,xmm0
;;     35: vcvttps2dq xmm0,xmm0
;;     3a: vpand   xmm15,xmm15,xmm0
;;     3f: vpsrad  xmm15,xmm15,0x1F
;;     45: vpxor   xmm0,xmm0,xmm15
;;     4a: leave
;;     4b: ret     0x10
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
