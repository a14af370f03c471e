;; A local plus a constant (loaded from its bits).

(module
  (func (export "f") (param $a f32) (result f32)
    (f32.add (local.get $a) (f32.const 1.5))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003D
;;     1e: mov     r11d,0x3FC00000
;;     24: movd    xmm0,r11d
;;     29: movsd   xmm1,[rbp+0x10]
;;     30: addss   xmm1,xmm0
;;     35: movaps  xmm0,xmm1
;;     39: leave
;;     3a: ret     8
;;     3d: cmp     dword ptr [r11+0x14],0
;;     46: jne     0x000000000000005C
;;     4c: cmp     rax,[r11+0x38]
;;     51: jb      0x0000000000000076
;;     57: jmp     0x000000000000001E
;;     5c: mov     r11,[r14]
;;     61: mov     qword ptr [r11+0x18],0x1F
;;     6a: mov     eax,0xA
;;     70: mov     rsp,[r11+8]
;;     75: ret
;;     76: mov     r11,[r14]
;;     7b: mov     qword ptr [r11+0x18],0x1F
;;     84: mov     eax,9
;;     8a: mov     rsp,[r11+8]
;;     8f: ret
