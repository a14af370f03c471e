;; A local plus a constant (loaded from its bits).

(module
  (func (export "f") (param $a f64) (result f64)
    (f64.add (local.get $a) (f64.const 1.5))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003F
;;     1e: mov     r11,0x3FF8000000000000
;;     28: movq    xmm0,r11
;;     2d: movsd   xmm1,[rbp+0x10]
;;     34: addsd   xmm1,xmm0
;;     39: movaps  xmm0,xmm1
;;     3d: leave
;;     3e: ret
;;     3f: cmp     dword ptr [r11+0x14],0
;;     48: jne     0x000000000000005E
;;     4e: cmp     rax,[r11+0x38]
;;     53: jb      0x0000000000000078
;;     59: jmp     0x000000000000001E
;;     5e: mov     r11,[r14]
;;     63: mov     qword ptr [r11+0x18],0x1F
;;     6c: mov     eax,0xA
;;     72: mov     rsp,[r11+8]
;;     77: ret
;;     78: mov     r11,[r14]
;;     7d: mov     qword ptr [r11+0x18],0x1F
;;     86: mov     eax,9
;;     8c: mov     rsp,[r11+8]
;;     91: ret
