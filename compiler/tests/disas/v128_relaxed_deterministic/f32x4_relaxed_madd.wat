;; `f32x4.relaxed_madd` of locals, deterministic mode: the same result with both encodings.
;; relaxed-simd: deterministic

(module
  (func (export "f") (param $a v128) (param $b v128) (param $c v128) (result v128)
    (f32x4.relaxed_madd (local.get $a) (local.get $b) (local.get $c))))

;; function 0 (export "f"), sse4.1:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000043
;;     1e: movdqu  xmm0,[rbp+0x10]
;;     25: movdqu  xmm1,[rbp+0x20]
;;     2c: movdqu  xmm2,[rbp+0x30]
;;     33: mulps   xmm2,xmm1
;;     37: addps   xmm2,xmm0
;;     3b: movaps  xmm0,xmm2
;;     3f: leave
;;     40: ret     0x30
;;     43: cmp     dword ptr [r11+0x14],0
;;     4c: jne     0x0000000000000062
;;     52: cmp     rax,[r11+0x38]
;;     57: jb      0x000000000000007C
;;     5d: jmp     0x000000000000001E
;;     62: mov     r11,[r14]
;;     67: mov     qword ptr [r11+0x18],0x21
;;     70: mov     eax,0xA
;;     76: mov     rsp,[r11+8]
;;     7b: ret
;;     7c: mov     r11,[r14]
;;     81: mov     qword ptr [r11+0x18],0x21
;;     8a: mov     eax,9
;;     90: mov     rsp,[r11+8]
;;     95: ret

;; function 0 (export "f"), avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000045
;;     1e: vmovdqu xmm0,[rbp+0x10]
;;     25: vmovdqu xmm1,[rbp+0x20]
;;     2c: vmovdqu xmm2,[rbp+0x30]
;;     33: vmulps  xmm2,xmm2,xmm1
;;     38: vaddps  xmm2,xmm2,xmm0
;;     3d: movaps  xmm0,xmm2
;;     41: leave
;;     42: ret     0x30
;;     45: cmp     dword ptr [r11+0x14],0
;;     4e: jne     0x0000000000000064
;;     54: cmp     rax,[r11+0x38]
;;     59: jb      0x000000000000007E
;;     5f: jmp     0x000000000000001E
;;     64: mov     r11,[r14]
;;     69: mov     qword ptr [r11+0x18],0x21
;;     72: mov     eax,0xA
;;     78: mov     rsp,[r11+8]
;;     7d: ret
;;     7e: mov     r11,[r14]
;;     83: mov     qword ptr [r11+0x18],0x21
;;     8c: mov     eax,9
;;     92: mov     rsp,[r11+8]
;;     97: ret
