;; A product of values in registers.

(module
  (func (export "f") (param $a f64) (param $b f64) (param $c f64) (result f64)
    (f64.mul (f64.add (local.get $a) (local.get $b)) (f64.sub (local.get $b) (local.get $c)))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000051
;;     1e: movsd   xmm0,[rbp+0x18]
;;     25: movsd   xmm1,[rbp+0x20]
;;     2c: addsd   xmm1,xmm0
;;     31: movsd   xmm0,[rbp+0x10]
;;     38: movsd   xmm2,[rbp+0x18]
;;     3f: subsd   xmm2,xmm0
;;     44: mulsd   xmm1,xmm2
;;     49: movaps  xmm0,xmm1
;;     4d: leave
;;     4e: ret     0x18
;;     51: cmp     dword ptr [r11+0x14],0
;;     5a: jne     0x0000000000000070
;;     60: cmp     rax,[r11+0x38]
;;     65: jb      0x000000000000008A
;;     6b: jmp     0x000000000000001E
;;     70: mov     r11,[r14]
;;     75: mov     qword ptr [r11+0x18],0x21
;;     7e: mov     eax,0xA
;;     84: mov     rsp,[r11+8]
;;     89: ret
;;     8a: mov     r11,[r14]
;;     8f: mov     qword ptr [r11+0x18],0x21
;;     98: mov     eax,9
;;     9e: mov     rsp,[r11+8]
;;     a3: ret
