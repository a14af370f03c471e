;; `f64.copysign` of two locals.

(module
  (func (export "f") (param $a f64) (param $b f64) (result f64)
    (f64.copysign (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000060
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movsd   xmm1,[rbp+0x18]
;;     2c: movq    rax,xmm0
;;     31: movq    rcx,xmm1
;;     36: mov     r11,0x8000000000000000
;;     40: and     rax,r11
;;     43: mov     r11,0x7FFFFFFFFFFFFFFF
;;     4d: and     rcx,r11
;;     50: or      rcx,rax
;;     53: movq    xmm1,rcx
;;     58: movaps  xmm0,xmm1
;;     5c: leave
;;     5d: ret     0x10
;;     60: cmp     dword ptr [r11+0x14],0
;;     69: jne     0x000000000000007F
;;     6f: cmp     rax,[r11+0x38]
;;     74: jb      0x0000000000000099
;;     7a: jmp     0x000000000000001E
;;     7f: mov     r11,[r14]
;;     84: mov     qword ptr [r11+0x18],0x20
;;     8d: mov     eax,0xA
;;     93: mov     rsp,[r11+8]
;;     98: ret
;;     99: mov     r11,[r14]
;;     9e: mov     qword ptr [r11+0x18],0x20
;;     a7: mov     eax,9
;;     ad: mov     rsp,[r11+8]
;;     b2: ret
