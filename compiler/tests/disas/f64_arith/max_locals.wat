;; `f64.max` of two locals.

(module
  (func (export "f") (param $a f64) (param $b f64) (result f64)
    (f64.max (local.get $a) (local.get $b))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005D
;;     1e: movsd   xmm0,[rbp+0x10]
;;     25: movsd   xmm1,[rbp+0x18]
;;     2c: ucomisd xmm1,xmm0
;;     31: jp      0x0000000000000046
;;     37: jne     0x0000000000000050
;;     3d: andps   xmm1,xmm0
;;     41: jmp     0x0000000000000055
;;     46: addsd   xmm1,xmm0
;;     4b: jmp     0x0000000000000055
;;     50: maxsd   xmm1,xmm0
;;     55: movaps  xmm0,xmm1
;;     59: leave
;;     5a: ret     0x10
;;     5d: cmp     dword ptr [r11+0x14],0
;;     66: jne     0x000000000000007C
;;     6c: cmp     rax,[r11+0x38]
;;     71: jb      0x0000000000000096
;;     77: jmp     0x000000000000001E
;;     7c: mov     r11,[r14]
;;     81: mov     qword ptr [r11+0x18],0x20
;;     8a: mov     eax,0xA
;;     90: mov     rsp,[r11+8]
;;     95: ret
;;     96: mov     r11,[r14]
;;     9b: mov     qword ptr [r11+0x18],0x20
;;     a4: mov     eax,9
;;     aa: mov     rsp,[r11+8]
;;     af: ret
