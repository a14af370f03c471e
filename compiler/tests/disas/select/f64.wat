;; `select` of floats.

(module
  (func (export "f") (param $a f64) (param $b f64) (param $c i32) (result f64)
    (select (local.get $a) (local.get $b) (local.get $c))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000044
;;     1e: mov     eax,[rbp+0x10]
;;     23: movsd   xmm0,[rbp+0x18]
;;     2a: movsd   xmm1,[rbp+0x20]
;;     31: test    eax,eax
;;     34: jne     0x000000000000003E
;;     3a: movaps  xmm1,xmm0
;;     3e: movaps  xmm0,xmm1
;;     42: leave
;;     43: ret
;;     44: cmp     dword ptr [r11+0x14],0
;;     4d: jne     0x0000000000000063
;;     53: cmp     rax,[r11+0x38]
;;     58: jb      0x000000000000007D
;;     5e: jmp     0x000000000000001E
;;     63: mov     r11,[r14]
;;     68: mov     qword ptr [r11+0x18],0x21
;;     71: mov     eax,0xA
;;     77: mov     rsp,[r11+8]
;;     7c: ret
;;     7d: mov     r11,[r14]
;;     82: mov     qword ptr [r11+0x18],0x21
;;     8b: mov     eax,9
;;     91: mov     rsp,[r11+8]
;;     96: ret
