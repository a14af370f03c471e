;; A float global read, added to and written back.

(module
  (global $g (mut f64) (f64.const 0))
  (func (export "f") 
    (global.set $g (f64.add (global.get $g) (f64.const 1)))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000042
;;     1e: movsd   xmm0,[r14+0x20]
;;     25: mov     r11,0x3FF0000000000000
;;     2f: movq    xmm1,r11
;;     34: addsd   xmm0,xmm1
;;     39: movsd   [r14+0x20],xmm0
;;     40: leave
;;     41: ret
;;     42: cmp     dword ptr [r11+0x14],0
;;     4b: jne     0x0000000000000061
;;     51: cmp     rax,[r11+0x38]
;;     56: jb      0x000000000000007B
;;     5c: jmp     0x000000000000001E
;;     61: mov     r11,[r14]
;;     66: mov     qword ptr [r11+0x18],0x2C
;;     6f: mov     eax,0xA
;;     75: mov     rsp,[r11+8]
;;     7a: ret
;;     7b: mov     r11,[r14]
;;     80: mov     qword ptr [r11+0x18],0x2C
;;     89: mov     eax,9
;;     8f: mov     rsp,[r11+8]
;;     94: ret
