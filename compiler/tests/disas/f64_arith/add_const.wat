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
;;     18: jb      0x0000000000000041
;;     1e: mov     r11,0x3FF8000000000000
;;     28: movq    xmm0,r11
;;     2d: movsd   xmm1,[rbp+0x10]
;;     34: addsd   xmm1,xmm0
;;     39: movaps  xmm0,xmm1
;;     3d: leave
;;     3e: ret     8
;;     41: cmp     dword ptr [r11+0x14],0
;;     4a: jne     0x0000000000000060
;;     50: cmp     rax,[r11+0x38]
;;     55: jb      0x000000000000007A
;;     5b: jmp     0x000000000000001E
;;     60: mov     r11,[r14]
;;     65: mov     qword ptr [r11+0x18],0x1F
;;     6e: mov     eax,0xA
;;     74: mov     rsp,[r11+8]
;;     79: ret
;;     7a: mov     r11,[r14]
;;     7f: mov     qword ptr [r11+0x18],0x1F
;;     88: mov     eax,9
;;     8e: mov     rsp,[r11+8]
;;     93: ret
