;; `f64.min` of two locals.

(module
  (func (export "f") (param $a f64) (param $b f64) (result f64)
    (f64.min (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005B
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movsd   xmm1,[rbp+0x18]
;;     2c: ucomisd xmm1,xmm0
;;     31: jp      0x0000000000000046
;;     37: jne     0x0000000000000050
;;     3d: orps    xmm1,xmm0
;;     41: jmp     0x0000000000000055
;;     46: addsd   xmm1,xmm0
;;     4b: jmp     0x0000000000000055
;;     50: minsd   xmm1,xmm0
;;     55: movaps  xmm0,xmm1
;;     59: leave
;;     5a: ret
;;     5b: cmp     dword ptr [r11+0x14],0
;;     64: jne     0x000000000000007A
;;     6a: cmp     rax,[r11+0x38]
;;     6f: jb      0x0000000000000094
;;     75: jmp     0x000000000000001E
;;     7a: mov     r11,[r14]
;;     7f: mov     qword ptr [r11+0x18],0x20
;;     88: mov     eax,0xA
;;     8e: mov     rsp,[r11+8]
;;     93: ret
;;     94: mov     r11,[r14]
;;     99: mov     qword ptr [r11+0x18],0x20
;;     a2: mov     eax,9
;;     a8: mov     rsp,[r11+8]
;;     ad: ret
